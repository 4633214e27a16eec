import { DirectoryPage } from '../../features/directory/DirectoryPage';
import { usePath } from '../../lib/router';
import { strings } from '../../lib/strings';

/** The guest's pages, by path. Features never import each other; they are put together here. */
export function GuestApp() {
  const path = usePath();
  if (path === '/' || path === '') return <DirectoryPage />;
  return <NotFound />;
}

function NotFound() {
  return (
    <main className="page page--narrow">
      <h1 className="page__title">{strings.common.notFound}</h1>
      <a href="/">{strings.common.backHome}</a>
    </main>
  );
}
