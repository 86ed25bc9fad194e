import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-bold">Not allowed</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">Your role does not give access to this page or action. Ask an admin if you need it.</p>
      <p className="mt-6">
        <Link href="/admin" className="btn-secondary">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
