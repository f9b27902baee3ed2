/** The merge off the UI thread: serves mergeHandlers (see there). */
import { serve } from '../../platform/workerRpc';
import { mergeHandlers } from './mergeHandlers';
import { readPagesInOneRequest } from '../../store/accountSync';

// No input waits on this thread: the accounts are read in one request (see there).
readPagesInOneRequest();
serve(mergeHandlers);
