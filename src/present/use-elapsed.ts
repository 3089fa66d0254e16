import { useCallback, useEffect, useState } from 'react';

/** Whole seconds since the view opened or was reset, ticking once a second. */
export function useElapsed(): { seconds: number; reset: () => void } {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const reset = useCallback(() => {
    const time = Date.now();
    setStart(time);
    setNow(time);
  }, []);
  return { seconds: Math.floor((now - start) / 1000), reset };
}
