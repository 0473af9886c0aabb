// What every component can reach: the store and a way to send widget values.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { WidgetEvent } from "../protocol.gen";
import type { AppStore } from "./store";
import type { AppTransport } from "./transport";

export interface SendOptions {
  trigger?: boolean;
}

export interface AppServices {
  store: AppStore;
  transport: AppTransport;
  // Sends one widget value (or routes it to its form); returns the event's sequence number.
  sendWidget(id: string, value: unknown, formId: string, options?: SendOptions): number;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error("appwasm: component rendered outside <AppContext.Provider>");
  return services;
}

// Forms hold their widgets' values until submit. A form registers a sink here; widgets inside
// it send to the sink instead of the worker (see the layout family's form.tsx). The sink
// returns a sequence number as a send does; `holds(id)` says that the form still holds a value
// of that widget (the widget keeps showing it, whatever the runs in between sent).
export interface FormSink {
  (event: WidgetEvent): number;
  holds(widgetId: string): boolean;
}
export const formSinks = new Map<string, FormSink>();
