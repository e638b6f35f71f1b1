// Draws the dyad timeline from the JSON the page embeds: stacked events by PLOVER type, net
// intensity on a second axis, encounters as markers; a bar links to its events. Plotly comes from /static/plotly.min.js.
// Colours and axis ranges come with the data (analysis/charts.py), so every dyad's chart gives a
// type the same colour as `communique timeline --chart`, and both axes share their zero line.
(function () {
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var x = data.periods.map(function (p) { return p.period; });
  var types = Array.from(new Set([].concat.apply([], data.periods.map(function (p) { return Object.keys(p.events); })))).sort();
  var traces = types.map(function (t) {
    return {type: "bar", name: t, x: x, marker: {color: data.colours[t]},
            y: data.periods.map(function (p) { return p.events[t] || 0; })};
  });
  traces.push({type: "scatter", mode: "lines+markers", name: "net intensity", yaxis: "y2", x: x,
               line: {color: data.colours.net}, y: data.periods.map(function (p) { return p.net_intensity; })});
  traces.push({type: "scatter", mode: "markers", name: "encounters", x: x,
               marker: {symbol: "diamond", size: 10, color: data.colours.encounters},
               y: data.periods.map(function (p) { return p.encounters; })});
  Plotly.newPlot("timeline-chart", traces, {
    barmode: "stack", margin: {t: 60, b: 80}, legend: {orientation: "h", y: 1.15},
    xaxis: {automargin: true, type: "category"},  // periods are labels ("2021-Q3", "2021-04"), not dates
    yaxis: {title: {text: "events"}, range: data.ranges.events},
    yaxis2: {title: {text: "net intensity"}, overlaying: "y", side: "right", range: data.ranges.net}
  }, {responsive: true, displaylogo: false});
  // A bar opens the events it counts: this pair, that type, the period's days.
  document.getElementById("timeline-chart").on("plotly_click", function (click) {
    var point = click.points[0];
    if (!point || point.data.type !== "bar") { return; }
    var days = data.bounds[data.periods[point.pointNumber].period];  // not point.x: "2021-04" reads as a date
    window.location.href = "/events?dyad=" + encodeURIComponent(data.dyad.join("-")) + "&type=" +
      encodeURIComponent(point.data.name) + "&since=" + days[0] + "&until=" + days[1] +
      (data.issue ? "&issue=" + encodeURIComponent(data.issue) : "");
  });
})();
