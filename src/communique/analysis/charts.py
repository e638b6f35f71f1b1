"""A timeline as a chart file: interactive HTML (plotly) or a picture (matplotlib), both offline.

The HTML embeds plotly's own JavaScript from the installed package (`include_plotlyjs=True`),
never a CDN link, so the file opens on an air-gapped machine; PNG, SVG and PDF come from
matplotlib's Agg backend, which needs no display. Each chart shows events by PLOVER type as
stacked bars, the net intensity as a line on its own axis, and the encounters as markers.

Every chart, here and in the web UI, gives each PLOVER type its own colour (`TYPE_COLOURS`), the
same on every dyad: cooperative types in blues and greens, REQUEST (PLOVER's 0) in purple, the
conflictual ones in reds and browns, so a reader sees the mix at a glance and ACCUSE is never the
blue that SUPPORT was on the last chart (plotly's default cycle hands colours out by order). The
two axes share their zero line (`axis_ranges`), so a negative net intensity sits below the bars'
baseline, not beside it.
"""
from __future__ import annotations

from pathlib import Path

from communique.analysis.timeline import Timeline
from communique.errors import ChartError

PICTURES = (".png", ".svg", ".pdf")
FORMATS = (".html", *PICTURES)
# PLOVER types by the sign of their score in the manual (lexicons/plover_intensity.tsv): distinct
# hues within each family, colour-blind-safe pairs where the families meet (blue/orange).
TYPE_COLOURS = {
    "CONSULT": "#1f77b4", "AGREE": "#17becf", "SUPPORT": "#2ca02c", "COOPERATE": "#98df8a",
    "AID": "#00695c", "CONCEDE": "#9edae5", "RETREAT": "#aec7e8",
    "REQUEST": "#9467bd",
    "ACCUSE": "#d62728", "REJECT": "#ff7f0e", "THREATEN": "#8c564b", "PROTEST": "#e377c2",
    "SANCTION": "#a50f15", "MOBILIZE": "#fdae6b", "COERCE": "#7f2704", "ASSAULT": "#3b0008",
}
NET_COLOUR, ENCOUNTER_COLOUR = "#111111", "#555555"


def axis_ranges(timeline: Timeline) -> tuple[tuple[float, float], tuple[float, float]]:
    """(events axis, net-intensity axis) ranges whose zeros sit at the same height.

    The bars never go below zero; the net intensity may. Both axes put zero at the share of the
    height that the net's negative part needs (at most half, so the bars keep room), with a tenth of
    headroom.

    >>> from communique.analysis.timeline import PeriodSummary as P
    >>> axis_ranges(Timeline(("CHN", "VNM"), "year", None, [P("2021", 1, {"AGREE": 4}, {"CHN": 6.0}),
    ...                                                    P("2022", 1, {"ACCUSE": 2}, {"VNM": -3.0})]))
    ((-2.2, 4.4), (-3.3, 6.6))
    """
    events = max((sum(p.events.values()) for p in timeline.periods), default=0) or 1
    nets = [p.net_intensity for p in timeline.periods]
    low, high = min([0.0, *nets]), max([0.0, *nets])
    below = min(0.5, -low / (high - low)) if high > low else 0.0  # share of the height under zero
    scale = max(-low / below if below else 0.0, high / (1 - below)) or 1.0  # the net axis's full span
    headroom = 1.1
    return ((round(-headroom * events * below / (1 - below), 6), round(headroom * events, 6)),
            (round(-headroom * scale * below, 6), round(headroom * scale * (1 - below), 6)))


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
        fig.add_trace(go.Bar(x=x, y=[p.events.get(type_, 0) for p in timeline.periods], name=type_,
                             marker_color=TYPE_COLOURS.get(type_)))
    fig.add_trace(go.Scatter(x=x, y=[p.net_intensity for p in timeline.periods], name="net intensity",
                             mode="lines+markers", line_color=NET_COLOUR), secondary_y=True)
    fig.add_trace(go.Scatter(x=x, y=[p.encounters for p in timeline.periods], name="encounters",
                             mode="markers", marker={"symbol": "diamond", "size": 10, "color": ENCOUNTER_COLOUR}))
    events, net = axis_ranges(timeline)
    fig.update_layout(barmode="stack", title=_title(timeline), xaxis_title=timeline.by,
                      yaxis_title="events", legend_title="PLOVER type")
    fig.update_yaxes(range=list(events), secondary_y=False)
    fig.update_yaxes(title_text="net intensity (PLOVER scores)", range=list(net), secondary_y=True)
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
        ax.bar(x, heights, bottom=bottom, label=type_, color=TYPE_COLOURS.get(type_))
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.scatter(x, [p.encounters for p in timeline.periods], marker="D", color=ENCOUNTER_COLOUR, label="encounters",
               zorder=3)
    ax.set_xticks(x, [p.period for p in timeline.periods], rotation=45, ha="right")
    ax.set_ylabel("events")
    ax.set_title(_title(timeline))
    line = ax.twinx()
    line.plot(x, [p.net_intensity for p in timeline.periods], color=NET_COLOUR, marker="o", label="net intensity")
    line.set_ylabel("net intensity (PLOVER scores)")
    events, net = axis_ranges(timeline)
    ax.set_ylim(*events)
    line.set_ylim(*net)
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles=handles, fontsize="small", loc="upper left", bbox_to_anchor=(1.12, 1.0))
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
