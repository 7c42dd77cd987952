import { Notification, Stack } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Tone = 'info' | 'success' | 'error';
interface Notice {
  readonly id: number;
  readonly tone: Tone;
  readonly text: string;
}

const NoticeContext = createContext<(text: string, tone?: Tone) => void>(() => {});
let nextId = 1;

/** Short messages in the corner (saved, undone, errors); errors stay until closed. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (text: string, tone: Tone = 'info') => {
      const id = nextId++;
      setNotices((list) => [...list.slice(-3), { id, tone, text }]);
      if (tone !== 'error') setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  const colors: Record<Tone, string> = { info: 'blue', success: 'teal', error: 'red' };
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <Stack gap="xs" style={{ position: 'fixed', right: 16, bottom: 16, width: 380, zIndex: 1000 }} role="status" aria-live="polite">
        {useMemo(
          () =>
            notices.map((n) => (
              <Notification key={n.id} color={colors[n.tone]} onClose={() => dismiss(n.id)} withBorder data-testid={`notice-${n.tone}`}>
                {n.text}
              </Notification>
            )),
          [notices],
        )}
      </Stack>
    </NoticeContext.Provider>
  );
}

export const useNotify = () => useContext(NoticeContext);
