// An editable combobox with a listbox popup (the WAI-ARIA 1.2 combobox pattern): typing filters
// the options, ArrowUp/ArrowDown move the active option (announced through
// aria-activedescendant), Enter picks it, Escape closes and restores, Tab leaves. Used by
// st.selectbox, st.multiselect and st.time_input.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";

export interface ComboboxProps {
  id: string;
  options: string[];
  // Indices hidden from the list (a multiselect's chosen options).
  hidden?: number[];
  // Indices shown as selected (aria-selected).
  selected: number[];
  // The text the input shows while the user is not typing (a selectbox's current option).
  display: string;
  placeholder: string;
  disabled: boolean;
  ariaLabel?: string;
  // Keep the list open after a pick (multiselect).
  multi?: boolean;
  // Shown instead of options (e.g. "You can only select up to 2 options...").
  blocked?: string | null;
  emptyText?: string;
  onPick(index: number): void;
  // A typed text that is no option: return true if it was taken (time_input accepts "9:05").
  onCreate?(text: string): boolean;
  // Backspace in an empty input (multiselect: remove the last chip).
  onBackspaceEmpty?(): void;
  // A clear button (shown when given), e.g. for a selectbox with index=None.
  onClear?(): void;
  clearLabel?: string;
  children?: ComponentChildren;
}

// The options containing the query; those starting with it first, then those with a word
// starting with it (typing "pl" offers "plum" before "apple"), each group in option order.
export function filterOptions(options: string[], query: string, hidden: number[] = []): number[] {
  const q = query.trim().toLowerCase();
  const ranked: Array<[number, number]> = [];
  options.forEach((label, i) => {
    if (hidden.includes(i)) return;
    const text = label.toLowerCase();
    const at = q === "" ? 0 : text.indexOf(q);
    if (at < 0) return;
    const rank = at === 0 ? 0 : /[\s\-_/(]/.test(text[at - 1]) ? 1 : 2;
    ranked.push([rank, i]);
  });
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
}

export function Combobox(props: ComboboxProps) {
  const { id, options, selected, disabled } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = `${id}-listbox`;
  const visible = useMemo(() => filterOptions(options, query ?? "", props.hidden), [options, query, props.hidden]);

  const openList = (activeIndex?: number) => {
    if (disabled) return;
    setOpen(true);
    const start = activeIndex ?? (selected.length && !props.multi ? visible.indexOf(selected[0]) : 0);
    setActive(Math.max(0, start));
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  const pick = (index: number) => {
    props.onPick(index);
    if (props.multi) {
      setQuery(null);
    } else close();
  };

  useEffect(() => {
    if (!open || active < 0) return;
    const el = listRef.current?.children[active] as HTMLElement | undefined;
    el?.scrollIntoView?.({ block: "nearest" });
  }, [open, active]);
  useEffect(() => {
    if (active >= visible.length) setActive(visible.length - 1);
  }, [visible.length]);

  const onKeyDown = (e: KeyboardEvent) => {
    const input = e.currentTarget as HTMLInputElement;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!open) openList();
        else setActive(Math.min(active + 1, visible.length - 1));
        break;
      case "ArrowUp":
        e.preventDefault();
        if (!open) openList(visible.length - 1);
        else setActive(Math.max(active - 1, 0));
        break;
      case "PageDown":
      case "PageUp":
        if (open) {
          e.preventDefault();
          const jump = e.key === "PageDown" ? 10 : -10;
          setActive(Math.max(0, Math.min(active + jump, visible.length - 1)));
        }
        break;
      case "Enter":
        if (open && active >= 0 && active < visible.length && !props.blocked) {
          e.preventDefault();
          pick(visible[active]);
        } else if (query !== null && props.onCreate?.(query)) {
          e.preventDefault();
          close();
        }
        break;
      case "Escape":
        if (open || query !== null) {
          e.preventDefault();
          close();
        }
        break;
      case "Backspace":
        if (input.value === "" && props.onBackspaceEmpty) props.onBackspaceEmpty();
        break;
      case "Tab":
        close();
        break;
    }
  };

  const activeId = open && active >= 0 && active < visible.length ? `${id}-opt-${visible[active]}` : undefined;
  return (
    <div class={`aw-combobox${open ? " aw-open" : ""}${disabled ? " aw-disabled" : ""}`}>
      <div class="aw-combobox-control" onMouseDown={(e) => {
        // A click anywhere in the control focuses the input and toggles the list.
        if ((e.target as HTMLElement).closest("button")) return;
        e.preventDefault();
        const input = (e.currentTarget as HTMLElement).querySelector("input");
        input?.focus();
        if (open) close();
        else openList();
      }}>
        {props.children}
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-label={props.ariaLabel}
          value={query ?? props.display}
          placeholder={props.placeholder}
          disabled={disabled}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (query !== null && query !== "" && props.onCreate) props.onCreate(query);
            close();
          }}
        />
        {props.onClear && !disabled && (
          <button type="button" class="aw-combobox-clear" aria-label={props.clearLabel ?? "Clear"}
                  onClick={() => { props.onClear?.(); close(); }}>
            ×
          </button>
        )}
        <span class="aw-combobox-arrow" aria-hidden="true">▾</span>
      </div>
      <div class="aw-visually-hidden" aria-live="polite">
        {open && !props.blocked ? `${visible.length} ${visible.length === 1 ? "option" : "options"}` : ""}
      </div>
      {open && (
        <ul id={listId} ref={listRef} role="listbox" class="aw-combobox-list" aria-label={props.ariaLabel}
            aria-multiselectable={props.multi ? true : undefined}>
          {props.blocked ? (
            <li class="aw-combobox-empty" role="presentation">{props.blocked}</li>
          ) : visible.length === 0 ? (
            <li class="aw-combobox-empty" role="presentation">{props.emptyText ?? "No results"}</li>
          ) : (
            visible.map((index, position) => (
              <li
                key={index}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={selected.includes(index)}
                class={`aw-combobox-option${position === active ? " aw-active" : ""}`}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep the focus in the input
                  pick(index);
                }}
                // mousemove, not mouseenter: a list opening under a still pointer keeps the
                // keyboard's active option.
                onMouseMove={() => position !== active && setActive(position)}
              >
                {options[index]}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
