import type { ReportDoc } from '../../../shared/review/report';

/** The report laid out for paper: hidden on screen, the only thing printed (see review.css). It
 * renders the same document as the Markdown export, so both say the same. Its title is not an
 * <h1>: the screen's heading stays the page's only one. */
export function PrintReport(props: { report: ReportDoc }) {
  const { report } = props;
  return (
    <article className="print-report">
      <p className="print-title">{report.title}</p>
      <p className="print-meta">{report.meta.join(' · ')}</p>
      {report.sections.map((s) => {
        const List = s.ordered ? 'ol' : 'ul';
        return (
          <section key={s.heading}>
            <h2>{s.heading}</h2>
            {s.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {s.items.length > 0 && (
              <List>
                {s.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </List>
            )}
          </section>
        );
      })}
    </article>
  );
}
