import type { Metadata } from 'next';
import { themeBootScript } from '@/components/studio/theme-boot';
import './globals.css';

export const metadata: Metadata = {
  title: 'Entryway — Istio egress config studio',
  description: 'Author, validate and review Istio ServiceEntry and egress configuration before it ships.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Sets the theme class before first paint, so dark mode does not flash white. */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
