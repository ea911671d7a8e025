import { useEffect, useState } from 'react';

/**
 * Form state kept in localStorage under a key, so a reload or an expired session loses nothing the
 * person typed. Cleared when the form is sent.
 */
export function useDraft<T>(key: string, initial: () => T): [T, (next: T) => void, () => void] {
  const storageKey = `beslutskedjan.draft.${key}`;
  const [value, setValue] = useState<T>(() => {
    const saved = localStorage.getItem(storageKey);
    if (saved) {
      try {
        return { ...initial(), ...(JSON.parse(saved) as T) };
      } catch {
        /* an unreadable draft is dropped */
      }
    }
    return initial();
  });
  useEffect(() => {
    localStorage.setItem(storageKey, JSON.stringify(value));
  }, [storageKey, value]);
  return [value, setValue, () => localStorage.removeItem(storageKey)];
}
