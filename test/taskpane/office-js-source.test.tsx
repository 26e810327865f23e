/**
 * @jest-environment jsdom
 */
// „Über das Steuerungscockpit“ says which Office.js the pane runs on: Microsoft's CDN, the copy on our own server
// (after the CDN failed, or the only one by build), or none. Read from the page as the build and the fallback leave it.
import "./components/setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { PaneFrame } from "../../src/taskpane/components/PaneFrame";
import { officeJsInfo } from "../../src/taskpane/office-js-source";
import { strings } from "../../src/taskpane/strings";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function pageWith(mode: "cdn" | "local", scripts: string[]): Document {
  const doc = document.implementation.createHTMLDocument("pane");
  const meta = doc.createElement("meta");
  meta.name = "office-js";
  meta.content = mode;
  meta.setAttribute("data-copy-version", "1.1.110");
  doc.head.append(meta);
  for (const src of scripts) {
    const script = doc.createElement("script");
    script.src = src;
    doc.head.append(script);
  }
  return doc;
}

describe("which Office.js the pane runs on", () => {
  it("Microsoft's CDN when its tag is the only office.js", () => {
    expect(officeJsInfo(pageWith("cdn", [CDN, "office-js-fallback.js", "taskpane.js"]), true)).toEqual({ source: "microsoft", copyVersion: "1.1.110" });
  });

  it("the shipped copy when the fallback wrote its tag (the CDN's is gone)", () => {
    expect(officeJsInfo(pageWith("cdn", ["office-js-fallback.js", "office-js/office.js", "taskpane.js"]), true).source).toBe("copy");
  });

  it("only the shipped copy in a build with OFFICE_JS=local", () => {
    expect(officeJsInfo(pageWith("local", ["office-js/office.js"]), true).source).toBe("copy-only");
  });

  it("none when neither delivered Office.js", () => {
    expect(officeJsInfo(pageWith("cdn", ["office-js-fallback.js", "office-js/office.js"]), false).source).toBe("none");
  });
});

describe("„Über das Steuerungscockpit“ at the foot of the pane", () => {
  it("says which Office.js runs, in German, and links the help page", () => {
    const t = strings("de-DE");
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneFrame t={t} privacy={t.privacy} about={t.about.officeJs.copy("1.1.110")}>
          <p>Inhalt</p>
        </PaneFrame>
      </FluentProvider>,
    );
    expect(screen.getByText("Über das Steuerungscockpit").tagName).toBe("SUMMARY");
    expect(screen.getByText(/mitgelieferten Kopie \(Version 1\.1\.110\) auf dem Server dieses Add-ins, weil Microsofts Server nicht erreichbar war/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Hilfe" }).getAttribute("href")).toBe("hilfe.html");
  });
});
