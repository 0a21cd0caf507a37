import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { groupByQuestion } from '../../../shared/progress/history-group';
import type { HistoryRow } from '../../../shared/progress/history-row';
import { progressSeries } from '../../../shared/progress/series';
import {
  chartKinds,
  kindColor,
  legendText,
  questionColor,
  timeAxis,
  tooltipLabel,
} from './chart-palette';

const margin = { top: 8, right: 16, bottom: 4, left: 0 };
const tooltipStyle = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)' },
  labelFormatter: tooltipLabel,
  // Recharts' default " : " leaves a space before the colon.
  separator: ': ',
};

/** Progress over time: speaking time against the window (one line per question, or the one
 * question filtered), flags per minute by kind and quantities stated. Dates on the x-axis; lines
 * are straight between takes (no smoothing that would invent values between them). */
export function ProgressCharts(props: {
  rows: HistoryRow[];
  questionId?: string;
  questionText: (id: string) => string;
}) {
  const points = progressSeries(props.rows, { questionId: props.questionId });
  if (points.length < 2) {
    return (
      <p className="muted">
        Charts appear once there are two analysed takes{props.questionId ? ' of this question' : ''}
        .
      </p>
    );
  }
  const questions = props.questionId
    ? [{ questionId: props.questionId }]
    : groupByQuestion(props.rows.filter((r) => r.state === 'analysed' && r.parentId === null));
  const axis = timeAxis(points);
  const windowMin = points[0]!.targetMinSec;
  const windowMax = points[0]!.targetMaxSec;
  const noQuantities = points.every((p) => !p.quantities);
  return (
    <div className="charts" data-testid="progress-charts">
      <figure className="chart">
        <figcaption>
          Speaking time of each take (seconds), against the {windowMin} to {windowMax} s window
          {props.questionId ? '' : ': one line per question'}
        </figcaption>
        {/* The legend takes its lines out of the chart's height: one more line of room for every
            two questions keeps the plot as tall as with one question. */}
        <ResponsiveContainer
          width="100%"
          height={220 + (questions.length > 1 ? 24 * Math.ceil(questions.length / 2) : 0)}
        >
          <LineChart margin={margin}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis {...axis} />
            <YAxis stroke="var(--text-muted)" domain={[0, 'auto']} />
            {/* extendDomain: the window stays visible even when every take is far shorter. */}
            <ReferenceArea
              y1={windowMin}
              y2={windowMax}
              fill="var(--ok)"
              fillOpacity={0.15}
              ifOverflow="extendDomain"
            />
            <Tooltip
              {...tooltipStyle}
              // "… you handled: 99 s", not "… you handled.: 99".
              formatter={(value, name) => [
                `${String(value)} s`,
                String(name).replace(/[.?!]+$/, ''),
              ]}
            />
            {questions.length > 1 && <Legend formatter={legendText} />}
            {questions.map((q, i) => (
              <Line
                key={q.questionId}
                data={progressSeries(props.rows, { questionId: q.questionId })}
                type="linear"
                dataKey="durationSec"
                name={props.questionText(q.questionId)}
                stroke={questionColor(i)}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>Flags per minute, by kind</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={margin}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis {...axis} />
            <YAxis stroke="var(--text-muted)" />
            <Tooltip {...tooltipStyle} />
            <Legend formatter={legendText} />
            {chartKinds.map(({ kind, name }) => (
              <Line
                key={kind}
                type="linear"
                dataKey={kind}
                name={name}
                stroke={kindColor(kind)}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>
          Quantities stated per take
          {noQuantities
            ? ': none yet. Say the number that shows the result (latency, errors, cost).'
            : ''}
        </figcaption>
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={points} margin={margin}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis {...axis} />
            {/* A fixed minimum height so an all-zero chart still shows its axis, not a blank box. */}
            <YAxis
              allowDecimals={false}
              stroke="var(--text-muted)"
              domain={[0, (max: number) => Math.max(max, 3)]}
            />
            <Tooltip {...tooltipStyle} />
            <Bar
              dataKey="quantities"
              name="Quantities"
              fill="var(--accent)"
              maxBarSize={24}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
