"""A timeline as a chart file: interactive HTML (plotly) or a picture (matplotlib), both offline.

The HTML embeds plotly's own JavaScript from the installed package (`include_plotlyjs=True`),
never a CDN link, so the file opens on an air-gapped machine; PNG, SVG and PDF come from
matplotlib's Agg backend, which needs no display. Each chart shows events by PLOVER type as
stacked bars, the net intensity as a line on its own axis, and the encounters as markers.
"""
from __future__ import annotations

from pathlib import Path

from communique.analysis.timeline import Timeline
from communique.errors import ChartError

PICTURES = (".png", ".svg", ".pdf")
FORMATS = (".html", *PICTURES)


def check_chart_path(path: str | Path) -> Path:
    """`path` if its suffix names a format this module writes, else ChartError (before any work)."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ChartError(f"cannot draw a {path.suffix or 'suffix-less'} file; use one of {', '.join(FORMATS)}",
                         source=str(path))
    return path


def write_chart(timeline: Timeline, path: str | Path) -> Path:
    """Write `timeline` to `path`; the suffix chooses the format (.html, .png, .svg, .pdf)."""
    path = check_chart_path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".html":
            _plotly(timeline, path)
        else:
            _matplotlib(timeline, path)
    except OSError as exc:
        raise ChartError(f"cannot write: {exc.strerror or exc}", source=str(path)) from exc
    return path


def _title(timeline: Timeline) -> str:
    a, b = timeline.dyad
    about = f", {timeline.issue}" if timeline.issue else ""
    return f"{a}–{b} by {timeline.by}{about}"


def _types(timeline: Timeline) -> list[str]:
    return sorted({t for p in timeline.periods for t in p.events})


def _plotly(timeline: Timeline, path: Path) -> None:
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    x = [p.period for p in timeline.periods]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    for type_ in _types(timeline):
        fig.add_trace(go.Bar(x=x, y=[p.events.get(type_, 0) for p in timeline.periods], name=type_))
    fig.add_trace(go.Scatter(x=x, y=[p.net_intensity for p in timeline.periods], name="net intensity",
                             mode="lines+markers"), secondary_y=True)
    fig.add_trace(go.Scatter(x=x, y=[p.encounters for p in timeline.periods], name="encounters",
                             mode="markers", marker={"symbol": "diamond", "size": 10}))
    fig.update_layout(barmode="stack", title=_title(timeline), xaxis_title=timeline.by,
                      yaxis_title="events", legend_title="PLOVER type")
    fig.update_yaxes(title_text="net intensity (PLOVER scores)", secondary_y=True)
    fig.write_html(path, include_plotlyjs=True, full_html=True)


def _matplotlib(timeline: Timeline, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display on a server or in CI
    import matplotlib.pyplot as plt

    x = list(range(len(timeline.periods)))
    fig, ax = plt.subplots(figsize=(max(7.0, 0.5 * len(x) + 5), 4.5))
    bottom = [0] * len(x)
    for type_ in _types(timeline):
        heights = [p.events.get(type_, 0) for p in timeline.periods]
        ax.bar(x, heights, bottom=bottom, label=type_)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.scatter(x, [p.encounters for p in timeline.periods], marker="D", color="black", label="encounters", zorder=3)
    ax.set_xticks(x, [p.period for p in timeline.periods], rotation=45, ha="right")
    ax.set_ylabel("events")
    ax.set_title(_title(timeline))
    line = ax.twinx()
    line.plot(x, [p.net_intensity for p in timeline.periods], color="crimson", marker="o", label="net intensity")
    line.set_ylabel("net intensity (PLOVER scores)")
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles=handles, fontsize="small", loc="upper left", bbox_to_anchor=(1.12, 1.0))
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
