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
import { FLAG_KINDS } from '../../../shared/analysis/schema';
import type { HistoryRow } from '../../../shared/progress/history-row';
import { progressSeries } from '../../../shared/progress/series';

const kindColors: Record<(typeof FLAG_KINDS)[number], string> = {
  filler: '#8a6d00',
  hedge: '#7b4fb3',
  vague: '#c2410c',
  blame: '#b42318',
  'we-ownership': '#1d6fb8',
  buzzword: '#0f766e',
};

/** Progress over takes: duration against the window, flags per minute by kind, quantities stated. */
export function ProgressCharts(props: { rows: HistoryRow[]; questionId?: string }) {
  const points = progressSeries(props.rows, { questionId: props.questionId });
  if (points.length < 2) {
    return (
      <p className="muted">
        Charts appear once there are two analysed takes{props.questionId ? ' of this question' : ''}
        .
      </p>
    );
  }
  const windowMin = points[0]!.targetMinSec;
  const windowMax = points[0]!.targetMaxSec;
  return (
    <div className="charts" data-testid="progress-charts">
      <figure className="chart">
        <figcaption>
          Length of each take (seconds), against the {windowMin} to {windowMax} s window
        </figcaption>
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="take" stroke="var(--text-muted)" />
            <YAxis stroke="var(--text-muted)" />
            <ReferenceArea y1={windowMin} y2={windowMax} fill="var(--ok)" fillOpacity={0.15} />
            <Tooltip />
            <Line
              type="monotone"
              dataKey="durationSec"
              name="Seconds"
              stroke="var(--accent)"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>Flags per minute, by kind</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="take" stroke="var(--text-muted)" />
            <YAxis stroke="var(--text-muted)" />
            <Tooltip />
            <Legend />
            {FLAG_KINDS.map((kind) => (
              <Line
                key={kind}
                type="monotone"
                dataKey={kind}
                name={kind}
                stroke={kindColors[kind]}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>Quantities stated per take</figcaption>
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="take" stroke="var(--text-muted)" />
            <YAxis allowDecimals={false} stroke="var(--text-muted)" />
            <Tooltip />
            <Bar
              dataKey="quantities"
              name="Quantities"
              fill="var(--accent)"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
