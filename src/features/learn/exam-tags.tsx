import type { ExamCode } from '../../../content/schema';

export function ExamTags({ exams }: Readonly<{ exams: readonly ExamCode[] }>) {
  return (
    <ul className="tags" aria-label="Exams">
      {exams.map((exam) => (
        <li key={exam} className="tag">
          {exam}
        </li>
      ))}
    </ul>
  );
}
