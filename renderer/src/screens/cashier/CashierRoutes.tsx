import { Route, Routes } from 'react-router';
import { DrawerScreen } from './DrawerScreen.tsx';
import { RefundScreen } from './refund/RefundScreen.tsx';
import { TillScreen } from './TillScreen.tsx';

/** The cashier (F6): the till at /cashier, the drawer (float, cash in and out, the blind close, X and Z reports) at /cashier/drawer, refunds and voids at /cashier/refund. */
export function CashierRoutes() {
  return (
    <Routes>
      <Route index element={<TillScreen />} />
      <Route path="drawer" element={<DrawerScreen />} />
      <Route path="refund" element={<RefundScreen />} />
    </Routes>
  );
}
