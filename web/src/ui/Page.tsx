import type { ReactNode } from 'react';
import { usePageTitle } from '@/ui/usePageTitle';

interface PageProps {
  title: string;
  /** One plain-language paragraph: what this page shows and for whom. */
  intro: ReactNode;
  children?: ReactNode;
}

/** Common frame of every page: the only h1, the document title and the intro text. */
export function Page({ title, intro, children }: PageProps) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="intro">{intro}</p>
      {children}
    </>
  );
}
