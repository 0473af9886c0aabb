// What can take focus inside a popover or a dialog (the first gets it when one opens; a
// dialog keeps Tab among them).
export const FOCUSABLE = "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex='-1'])";
