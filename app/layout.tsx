import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Entryway — Istio egress config studio',
  description: 'Author, validate and review Istio ServiceEntry and egress configuration before it ships.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
