// Value formatting for widgets: Streamlit's printf-style number formats ("%d", "%0.2f",
// "$%.1f", "%d%%", "%e", "%x"...) and moment-style date/time formats ("YYYY-MM-DD", "HH:mm").

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g;

export function sprintf(format: string, value: number): string {
  return format.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    let text: string;
    const prec = precision === undefined ? undefined : Number(precision);
    switch (conv) {
      case "d":
      case "i":
      case "u":
        text = Math.trunc(value).toString();
        break;
      case "f":
      case "F":
        text = value.toFixed(prec ?? 6);
        break;
      case "e":
      case "E":
        text = value.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
        if (conv === "E") text = text.toUpperCase();
        break;
      case "g":
      case "G":
        text = Number(value.toPrecision(prec || 6)).toString();
        break;
      case "x":
      case "X":
        text = Math.trunc(value).toString(16);
        if (conv === "X") text = text.toUpperCase();
        break;
      case "o":
        text = Math.trunc(value).toString(8);
        break;
      default:
        text = String(value);
    }
    if (flags.includes("+") && value >= 0) text = "+" + text;
    else if (flags.includes(" ") && value >= 0) text = " " + text;
    const w = width ? Number(width) : 0;
    if (text.length < w) {
      if (flags.includes("-")) text = text.padEnd(w);
      else if (flags.includes("0") && !"sc".includes(conv)) {
        const sign = /^[+\- ]/.test(text) ? text[0] : "";
        text = sign + text.slice(sign.length).padStart(w - sign.length, "0");
      } else text = text.padStart(w);
    }
    return text;
  });
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a|SSS/g;

// Formats epoch microseconds read as UTC wall-clock time (the wire convention for dates).
export function formatMoment(format: string, micros: number): string {
  const d = new Date(micros / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const h = d.getUTCHours();
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY": return String(d.getUTCFullYear());
      case "YY": return pad(d.getUTCFullYear() % 100);
      case "MMMM": return MONTHS[d.getUTCMonth()];
      case "MMM": return MONTHS[d.getUTCMonth()].slice(0, 3);
      case "MM": return pad(d.getUTCMonth() + 1);
      case "M": return String(d.getUTCMonth() + 1);
      case "DD": return pad(d.getUTCDate());
      case "D": return String(d.getUTCDate());
      case "dddd": return DAYS[d.getUTCDay()];
      case "ddd": return DAYS[d.getUTCDay()].slice(0, 3);
      case "HH": return pad(h);
      case "H": return String(h);
      case "hh": return pad(((h + 11) % 12) + 1);
      case "h": return String(((h + 11) % 12) + 1);
      case "mm": return pad(d.getUTCMinutes());
      case "m": return String(d.getUTCMinutes());
      case "ss": return pad(d.getUTCSeconds());
      case "s": return String(d.getUTCSeconds());
      case "SSS": return pad(d.getUTCMilliseconds(), 3);
      case "A": return h < 12 ? "AM" : "PM";
      case "a": return h < 12 ? "am" : "pm";
      default: return token;
    }
  });
}

export function formatSliderValue(value: number, dataType: string, format: string | null): string {
  if (dataType === "int" || dataType === "float") {
    return format ? sprintf(format, value) : String(value);
  }
  const fallback = dataType === "time" ? "HH:mm" : dataType === "datetime" ? "YYYY-MM-DD HH:mm" : "YYYY-MM-DD";
  return formatMoment(format || fallback, value);
}
