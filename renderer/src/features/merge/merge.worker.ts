/** The merge off the UI thread: serves mergeHandlers (see there). */
import { serve } from '../../platform/workerRpc';
import { mergeHandlers } from './mergeHandlers';

serve(mergeHandlers);
