// A Moscow office exports from an old Excel: Windows-1251, no BOM. The import shows what it
// read the file as, lets the person pick another encoding with the first rows previewed
// live, warns when a reading looks wrong, and never guesses "n/a" or 03/02/2027 silently.
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { CalendarPage } from './pages/CalendarPage';

const ACCOUNTS =
  'Account Name,Website,Employees,Billing Country\r\n' +
  'ООО Ромашка,romashka.ru,120,Russia\r\n' +
  'АО Северсталь,severstal.com,n/a,Russia\r\n' +
  'Газпром нефть,gazprom-neft.ru,4500,Russia\r\n';

const CAMPAIGNS =
  'Name,Type,Status,StartDate,EndDate\r\n' +
  'Вебинар для банков,Webinar,Planned,03/02/2027,04/02/2027\r\n' +
  'Конференция в Москве,Conference,Planned,05/03/2027,06/03/2027\r\n';

/** Writes text as a Windows-1251 file the way the legacy export does (iconv-lite, no BOM). */
function windows1251(path: string, text: string): string {
  writeFileSync(path, iconv.encode(text, 'windows-1251'));
  return path;
}

test.describe('legacy encodings and ambiguous values', () => {
  test('A Windows-1251 file shows the encoding picker with the right preview', async ({
    page,
  }, testInfo) => {
    const accounts = new AccountsPage(page);
    await accounts.openEmpty();
    await accounts.choosePaths(windows1251(testInfo.outputPath('ru-accounts.csv'), ACCOUNTS));

    const picker = accounts.encodingPicker('ru-accounts.csv');
    await expect(picker.select).toHaveValue('windows-1251');
    await expect(accounts.dialog()).toContainText('Windows-1251 (Cyrillic), detected');
    await expect(picker.preview).toContainText('ООО Ромашка');
    await expect(picker.preview).toContainText('АО Северсталь');
    await expect(accounts.dialog().getByRole('alert')).toHaveCount(0);

    // Read as Western European, the names turn to gibberish: the preview shows it and warns.
    await picker.select.selectOption('windows-1252');
    await expect(picker.preview).toContainText('ÎÎÎ Ðîìàøêà');
    await expect(picker.preview).not.toContainText('Ромашка');
    await expect(accounts.dialog().getByRole('alert')).toContainText(
      'ru-accounts.csv: the text read as Windows-1252 (Western European) looks wrong',
    );
    await expect(accounts.dialog()).toContainText('Windows-1252 (Western European), chosen');

    // Back to the right encoding: the preview and the import read the names again.
    await picker.select.selectOption('windows-1251');
    await expect(picker.preview).toContainText('ООО Ромашка');
    await expect(accounts.dialog().getByRole('alert')).toHaveCount(0);

    // "n/a" in Employees is a bad number on its row until it is marked as empty.
    await accounts.preview();
    await expect(accounts.previewCount('rejected')).toHaveText('1');
    await expect(accounts.dialog().getByRole('table', { name: 'Rejected rows' })).toContainText(
      '"n/a" is not a number',
    );
    await accounts.dialog().getByRole('button', { name: 'Back to columns' }).click();
    await expect(accounts.dialog()).toContainText('ru-accounts.csv, column "Employees" (row 3)');
    await expect(accounts.treatAsEmpty('n/a')).not.toBeChecked();
    await accounts.treatAsEmpty('n/a').check();
    await accounts.preview();
    await expect(accounts.previewCount('rejected')).toHaveText('0');
    await expect(accounts.previewCount('new')).toHaveText('3');
    await accounts.confirm();

    await expect(accounts.count()).toHaveText(/^3 accounts/);
    await expect(accounts.cell('АО Северсталь', 'name')).toHaveText('АО Северсталь');
  });

  test('a campaign file whose dates read both ways asks once, for the whole column', async ({
    app,
    page,
  }, testInfo) => {
    await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
    await app.open();
    await app.startEmpty();
    const cal = new CalendarPage(page, app);
    await cal.open();
    await cal.importFile(windows1251(testInfo.outputPath('ru-campaigns.csv'), CAMPAIGNS));

    const picker = cal.encodingPicker('ru-campaigns.csv');
    await expect(picker.select).toHaveValue('windows-1251');
    await expect(picker.preview).toContainText('Вебинар для банков');

    // 03/02/2027 is 3 February in Moscow and March 2 in New York: nothing is read until asked.
    const question = cal.dialog().getByRole('group', { name: 'Date order' });
    await expect(question).toContainText('“StartDate” and “EndDate”');
    await expect(question).toContainText('row 2 holds 03/02/2027');
    await expect(cal.dialog().getByRole('table', { name: 'Motions in the file' })).toHaveCount(0);
    await expect(cal.dialog().getByRole('button', { name: /^Import \d+ motions$/ })).toBeDisabled();

    await cal.answerDateOrder('Day first');
    const rows = cal.dialog().getByRole('table', { name: 'Motions in the file' });
    await expect(rows).toContainText('2027-02-03 – 2027-02-04');
    await expect(rows).toContainText('2027-03-05 – 2027-03-06');
    await expect(rows).toContainText('Конференция в Москве');
    await cal.dialog().getByRole('button', { name: 'Import 2 motions' }).click();
    await expect(cal.bar('Вебинар для банков')).toHaveAccessibleName(/Feb 3 – Feb 4, 2027/);
  });
});
