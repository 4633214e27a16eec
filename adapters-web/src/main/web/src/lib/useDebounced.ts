import { useEffect, useState } from 'react';

/** The value as it was `ms` after it last changed (compared as JSON): typing asks the server once. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const text = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled((text === undefined ? undefined : JSON.parse(text)) as T), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}
