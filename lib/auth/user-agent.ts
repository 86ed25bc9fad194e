/** "Firefox on Windows" from a User-Agent header: enough for a person to recognise their own device. */
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/\d/, "Edge"],
  [/OPR\/\d|Opera/, "Opera"],
  [/SamsungBrowser\/\d/, "Samsung Internet"],
  [/Firefox\/\d|FxiOS\/\d/, "Firefox"],
  [/Chrome\/\d|CriOS\/\d|Chromium\/\d/, "Chrome"],
  [/Version\/\d.*Safari\/\d/, "Safari"],
  [/curl\/\d/, "curl"],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows NT/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown device";
}
