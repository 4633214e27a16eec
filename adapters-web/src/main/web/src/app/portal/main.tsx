import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../../styles/app.css';
import '../../styles/portal.css';
import { ProblemError } from '../../lib/api/client';
import { PortalApp } from './PortalApp';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && !(error instanceof ProblemError && error.problem.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PortalApp />
    </QueryClientProvider>
  </StrictMode>,
);
