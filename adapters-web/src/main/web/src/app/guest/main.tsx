import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../../styles/app.css';
import { GuestApp } from './GuestApp';
import { ProblemError } from '../../lib/api/client';
import { LANGUAGES, speak, startingLanguage, type Language } from '../../lib/language';
import { strings } from '../../lib/strings';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a dropped connection might.
      retry: (failures, error) => failures < 2 && !(error instanceof ProblemError && error.problem.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

speak(startingLanguage(), false);

/** The app in the language chosen; a switch re-renders it in another, keeping what was typed. */
function Guest() {
  const [language, setLanguage] = useState<Language>(startingLanguage);
  function choose(next: Language) {
    speak(next, true);
    setLanguage(next);
  }
  return (
    <>
      <div className="language-bar">
        <label className="language-bar__label" htmlFor="language">{strings.language.label}</label>
        <select id="language" className="language-bar__select" value={language}
                onChange={(e) => choose(e.target.value as Language)}>
          {LANGUAGES.map((tag) => <option key={tag} value={tag} lang={tag}>{strings.language.names[tag]}</option>)}
        </select>
      </div>
      <GuestApp />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Guest />
    </QueryClientProvider>
  </StrictMode>,
);
