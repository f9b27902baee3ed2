/** The auto-planner off the UI thread: serves plannerHandlers (see there). */
import { serve } from '../../platform/workerRpc';
import { plannerHandlers } from './plannerHandlers';

serve(plannerHandlers);
