import { Route, Routes } from 'react-router';
import { IntakeScreen } from './intake/IntakeScreen.tsx';
import { JobBoard } from './JobBoard.tsx';
import { JobPage } from './JobPage.tsx';
import { ReadyList } from './ReadyList.tsx';
import { PickupScreen } from './pickup/PickupScreen.tsx';

/** Jobs (F5): the board at /jobs, taking an item in at /jobs/new, handing one back at /jobs/pickup (Shift+F5), ready and not collected at /jobs/ready, one job's page at /jobs/:id. */
export function JobsRoutes() {
  return (
    <Routes>
      <Route index element={<JobBoard />} />
      <Route path="new" element={<IntakeScreen />} />
      <Route path="ready" element={<ReadyList />} />
      <Route path="pickup" element={<PickupScreen />} />
      <Route path=":id" element={<JobPage />} />
    </Routes>
  );
}
