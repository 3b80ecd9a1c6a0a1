import { Route, Routes } from 'react-router';
import { PlaceholderScreen } from '../placeholder/PlaceholderScreen.tsx';
import { IntakeScreen } from './intake/IntakeScreen.tsx';

/** Jobs (F5): taking an item in at /jobs/new; the board and the job's page come with the board. */
export function JobsRoutes() {
  return (
    <Routes>
      <Route path="new" element={<IntakeScreen />} />
      <Route path="*" element={<PlaceholderScreen screen="jobs" />} />
    </Routes>
  );
}
