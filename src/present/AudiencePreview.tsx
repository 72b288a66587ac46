/**
 * The presenter's view of the audience screen: the same step card beside a still map of the same
 * events (SVG from the basemap's geodata: no second WebGL map), laid out as a 16:10 projector
 * shows them and scaled down to fit. Inert: nothing in it can be clicked or focused, since the
 * controls live in the presenter view itself.
 */
import { StaticMap } from '../map/StaticMap';
import { useDateline } from '../state/store-context';
import { useElementWidth } from '../timeline/use-element-width';
import { useMessages } from '../ui/messages-context';
import { StepCard } from './StepCard';
import { selectCurrentStepEvent } from './step-selectors';
import '../i18n/lazy/presenter-preview';

/** The audience screen the preview lays out, in CSS px: a common 16:10 projector. */
export const AUDIENCE_WIDTH = 1280;
export const AUDIENCE_HEIGHT = 800;

/** A small, live, non-interactive copy of what the audience sees; blank when it is blank. */
export function AudiencePreview({ blank }: { readonly blank: boolean }) {
  const m = useMessages().presenterPreview;
  const story = useDateline((state) => state.story);
  const stepIndex = useDateline((state) => state.stepIndex);
  const current = useDateline(selectCurrentStepEvent);
  const [frame, width] = useElementWidth();
  return (
    <section className="presenter__preview" aria-labelledby="presenter-preview">
      <h2 id="presenter-preview" className="presenter__label">
        {m.title}
      </h2>
      <div ref={frame} className="audience-preview" data-blank={blank ? 'true' : undefined}>
        {blank ? (
          <p className="audience-preview__blank">{m.blank}</p>
        ) : (
          <div
            className="audience-preview__screen"
            inert
            style={{
              width: AUDIENCE_WIDTH,
              height: AUDIENCE_HEIGHT,
              transform: `scale(${width / AUDIENCE_WIDTH})`,
            }}
          >
            <div className="audience-preview__map">
              <StaticMap preview />
            </div>
            <div className="audience-preview__side">
              {story && current && stepIndex !== undefined && (
                <StepCard
                  story={story}
                  event={current}
                  index={stepIndex}
                  count={story.steps.length}
                />
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
