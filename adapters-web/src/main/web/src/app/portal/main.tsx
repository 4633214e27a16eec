import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../styles/app.css';
import { strings } from '../../lib/strings';

// A placeholder until the portal's features land: the build, the routes and the headers are real.
function Portal() {
  return (
    <main className="page page--narrow">
      <h1>{strings.portal.title}</h1>
      <p>{strings.portal.comingSoon}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Portal />
  </StrictMode>,
);
