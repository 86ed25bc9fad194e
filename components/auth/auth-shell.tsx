/** The frame of every sign-in step: the newsroom's name, a title, a short explanation, the form. */
export function AuthShell({ title, intro, children, wide = false }: { title: string; intro?: React.ReactNode; children: React.ReactNode; wide?: boolean }) {
  return (
    <main className={`mx-auto flex min-h-screen flex-col justify-center px-6 py-12 ${wide ? "max-w-2xl" : "max-w-sm"}`}>
      <p className="font-serif text-3xl font-bold tracking-tight">Factdesk</p>
      <h1 className="mt-6 text-xl font-semibold">{title}</h1>
      {intro ? <div className="mt-2 text-sm text-stone-600 dark:text-stone-400">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </main>
  );
}
