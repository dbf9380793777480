/** The message line under the toolbar: what just happened, with at most one action. */
import { t } from "@goodhart/dsl";
import { useLang } from "../i18n/lang.ts";

export type BannerMessage = { kind: "info" | "error"; text: string; action?: { label: string; run(): void } };

export function Banner({ banner, onDismiss }: { banner: BannerMessage; onDismiss(): void }) {
  const lang = useLang();
  return (
    <div className={`banner ${banner.kind}`} role={banner.kind === "error" ? "alert" : "status"} data-testid="banner">
      <span>{banner.text}</span>
      {banner.action ? (
        <button type="button" className="small" onClick={banner.action.run}>
          {banner.action.label}
        </button>
      ) : null}
      <button type="button" className="small" onClick={onDismiss} aria-label={t(lang, "ui.banner.dismiss")}>
        ✕
      </button>
    </div>
  );
}
