import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/load-messages';
import { createTimeScale } from '../../src/time/time-scale';
import { DensitySummary } from '../../src/timeline/DensitySummary';
import { LocaleContext, MessagesContext } from '../../src/ui/messages-context';
import { storyWithManyEvents } from '../fixtures/many-events';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
// One event a day from Saturday 1 January 2000 to 4 February 2001.
const story = storyWithManyEvents(401);
const axis = { from: day('2000-01-01'), to: day('2001-03-01') };

describe('DensitySummary', () => {
  it('names the busiest month on the axis when buckets are months', () => {
    render(<DensitySummary story={story} scale={createTimeScale(axis, 100)} />);
    expect(
      screen.getByText('Events per month on the timeline; busiest: January 2000, 31 events'),
    ).toBeInTheDocument();
  });

  it('names a busiest week by its Monday when the axis is wide enough for weeks', () => {
    render(<DensitySummary story={story} scale={createTimeScale(axis, 400)} />);
    expect(
      screen.getByText(
        'Events per week on the timeline; busiest: the week of 3 January 2000, 7 events',
      ),
    ).toBeInTheDocument();
  });

  it('follows the axis: the busiest bucket is the one on screen', () => {
    const later = { from: day('2000-03-10'), to: day('2000-06-20') };
    render(<DensitySummary story={story} scale={createTimeScale(later, 30)} />);
    expect(screen.getByText(/busiest: March 2000, 31 events$/)).toBeInTheDocument();
  });

  it('speaks the reader’s language', async () => {
    const messages = await loadMessages('ru');
    render(
      <LocaleContext value="ru">
        <MessagesContext value={messages}>
          <DensitySummary story={story} scale={createTimeScale(axis, 100)} />
        </MessagesContext>
      </LocaleContext>,
    );
    expect(
      screen.getByText(/^События на шкале времени по месяцам; больше всего: .*31 событие$/),
    ).toBeInTheDocument();
  });
});
