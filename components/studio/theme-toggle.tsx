'use client';
import { Monitor, Moon, Sun } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Tooltip } from '@/components/ui/tooltip';
import { useTheme, type ThemePreference } from './theme';

const next: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };
const label: Record<ThemePreference, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };

/** Cycles system → light → dark. */
export function ThemeToggle() {
  const { preference, setPreference } = useTheme();
  const Icon = preference === 'light' ? Sun : preference === 'dark' ? Moon : Monitor;
  return (
    <Tooltip content={`${label[preference]} (click for ${label[next[preference]].toLowerCase()})`}>
      <Button variant="ghost" aria-label={`Theme: ${label[preference]}`} onClick={() => setPreference(next[preference])}>
        <Icon size={14} />
      </Button>
    </Tooltip>
  );
}
