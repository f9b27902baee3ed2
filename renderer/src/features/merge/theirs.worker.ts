/** The merge preview's parsing Worker: serves theirsHandlers (see there). */
import { serve } from '../../platform/workerRpc';
import { theirsHandlers } from './theirsHandlers';

serve(theirsHandlers);
