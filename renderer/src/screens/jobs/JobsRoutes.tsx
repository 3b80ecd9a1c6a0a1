import { Route, Routes } from 'react-router';
import { JobBoard } from './JobBoard.tsx';
import { JobPage } from './JobPage.tsx';

/** Jobs (F5): the board at /jobs, one job's page at /jobs/:id. */
export function JobsRoutes() {
  return (
    <Routes>
      <Route index element={<JobBoard />} />
      <Route path=":id" element={<JobPage />} />
    </Routes>
  );
}
