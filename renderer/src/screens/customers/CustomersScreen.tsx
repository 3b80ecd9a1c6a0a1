import { Route, Routes } from 'react-router';
import { CustomerPage } from './CustomerPage.tsx';
import { CustomerSearchView } from './CustomerSearchView.tsx';

/** Customers (F4): find one as you type, or open one's page at /customers/:id. */
export function CustomersScreen() {
  return (
    <Routes>
      <Route index element={<CustomerSearchView />} />
      <Route path=":id" element={<CustomerPage />} />
    </Routes>
  );
}
