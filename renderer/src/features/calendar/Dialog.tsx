/** The calendar's modal dialogs: a titled native <dialog> (ModalDialog); Escape closes. */
import type { ReactNode } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, wide }: Props) {
  const headingId = `dlg-${title.replace(/\W+/g, '-')}`;
  return (
    <ModalDialog
      className={`cal-dialog${wide ? ' wide' : ''}`}
      labelledBy={headingId}
      onClose={onClose}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </ModalDialog>
  );
}
