// st.slider and st.select_slider: native range inputs (keyboard, touch and screen readers work
// as the platform does). A range is two inputs on one track. Dragging previews the value; the
// value is sent on release, and on each key press. A select_slider moves over option indices.
import type { SelectSliderNode, SliderNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { formatSliderValue } from "../format";
import { WidgetLabel, domId, useWidgetValue, type WidgetCommon } from "./common";

interface TrackProps {
  node: WidgetCommon;
  eventSeq: number;
  wire: number[];
  min: number;
  max: number;
  step: number;
  format(value: number): string;
}

function SliderTrack({ node, eventSeq, wire, min, max, step, format }: TrackProps) {
  const { value, preview, commit } = useWidgetValue<number[]>(node, eventSeq, wire);
  const isRange = value.length === 2;
  const labelId = domId(node.id, "label");
  const span = max - min || 1;
  const pct = (v: number) => ((v - min) / span) * 100;

  const thumb = (index: number) => {
    const update = (raw: string, send: boolean) => {
      const next = value.slice();
      let v = Number(raw);
      if (isRange) v = index === 0 ? Math.min(v, value[1]) : Math.max(v, value[0]);
      next[index] = v;
      if (send) commit(next);
      else preview(next);
    };
    const which = isRange ? (index === 0 ? " (start)" : " (end)") : "";
    return (
      <input
        key={index}
        id={index === 0 ? domId(node.id) : domId(node.id, "input-end")}
        class={`aw-slider-input aw-slider-thumb-${index}`}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value[index]}
        disabled={node.disabled}
        aria-labelledby={!isRange && node.label_visibility !== "collapsed" ? labelId : undefined}
        aria-label={node.label_visibility === "collapsed" || isRange ? node.label + which : undefined}
        aria-valuetext={format(value[index])}
        onInput={(e) => update((e.currentTarget as HTMLInputElement).value, false)}
        onChange={(e) => update((e.currentTarget as HTMLInputElement).value, true)}
      />
    );
  };

  const low = isRange ? pct(value[0]) : 0;
  const high = pct(value[isRange ? 1 : 0]);
  return (
    <div class={`aw-slider${node.disabled ? " aw-disabled" : ""}`} data-testid="slider">
      <WidgetLabel node={node} htmlFor={domId(node.id)} id={labelId} />
      <div class="aw-slider-values" aria-hidden="true">
        <span class="aw-slider-value" data-testid="slider-value">
          {value.map(format).join(" – ")}
        </span>
      </div>
      <div class={`aw-slider-track${isRange ? " aw-range" : ""}`}>
        <div class="aw-slider-fill" style={{ left: `${low}%`, width: `${Math.max(0, high - low)}%` }} />
        {value.map((_, i) => thumb(i))}
      </div>
      <div class="aw-slider-bounds" aria-hidden="true">
        <span>{format(min)}</span>
        <span>{format(max)}</span>
      </div>
    </div>
  );
}

function Slider({ node, eventSeq }: ElementProps<SliderNode>) {
  return (
    <SliderTrack node={node} eventSeq={eventSeq} wire={node.value} min={node.min} max={node.max} step={node.step}
                 format={(v) => formatSliderValue(v, node.data_type, node.format)} />
  );
}

function SelectSlider({ node, eventSeq }: ElementProps<SelectSliderNode>) {
  return (
    <SliderTrack node={node} eventSeq={eventSeq} wire={node.value} min={0} max={Math.max(0, node.options.length - 1)}
                 step={1} format={(v) => node.options[Math.round(v)] ?? ""} />
  );
}

registerElement<SliderNode>("slider", Slider);
registerElement<SelectSliderNode>("select_slider", SelectSlider);
