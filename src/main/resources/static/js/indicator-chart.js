// Draws the indicator page's chart (ECharts, SVG renderer so that it prints) from the data-chart
// attribute: actuals, annual targets, the baseline, the trajectory to the term target and the 80 %
// forecast band. The table below the chart holds the same figures without script.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("indicator-chart");
  if (!box || typeof echarts === "undefined") {
    return;
  }
  var data = JSON.parse(box.dataset.chart);
  var format = new Intl.NumberFormat(document.documentElement.lang || "vi",
    { minimumFractionDigits: data.decimals, maximumFractionDigits: data.decimals });
  function show(value) {
    return value === null || value === undefined ? "—" : format.format(value);
  }
  var bandPoints = data.low.filter(function (v) { return v !== null; }).length;
  var width = data.low.map(function (low, i) {
    return low === null || data.high[i] === null ? null : data.high[i] - low;
  });
  var series = [
    { name: data.labels.band, type: "line", data: data.low, stack: "band", symbol: "none", silent: true,
      lineStyle: { opacity: 0 }, itemStyle: { color: "#ffc107" }, tooltip: { show: false } },
    { name: data.labels.band, type: "line", data: width, stack: "band", symbol: "none", silent: true,
      lineStyle: { opacity: 0 }, areaStyle: { color: "#ffc107", opacity: 0.35 }, itemStyle: { color: "#ffc107" },
      tooltip: { show: false } },
    { name: data.labels.trajectory, type: "line", data: data.trajectory, connectNulls: true, symbol: "none",
      lineStyle: { type: "dashed", color: "#6c757d" }, itemStyle: { color: "#6c757d" } },
    { name: data.labels.target, type: "line", data: data.target, symbol: "diamond", symbolSize: 8,
      lineStyle: { type: "dotted", width: 2, color: "#198754" }, itemStyle: { color: "#198754" } },
    { name: data.labels.actual, type: "line", data: data.actual, symbolSize: 7,
      lineStyle: { width: 3, color: "#0d6efd" }, itemStyle: { color: "#0d6efd" } },
    { name: data.labels.baseline, type: "scatter", data: data.baseline, symbol: "rect", symbolSize: 10,
      itemStyle: { color: "#6f42c1" } },
    { name: data.labels.projected, type: "scatter", data: data.projected, symbolSize: 11,
      itemStyle: { color: "#dc3545" } }
  ];
  if (bandPoints === 1) {
    // A band at one year only (no earlier actual to widen from): an interval bar.
    series.push({ name: data.labels.band, type: "candlestick", silent: true, barWidth: 14,
      data: data.low.map(function (low, i) { return low === null ? "-" : [low, data.high[i], low, data.high[i]]; }),
      itemStyle: { color: "rgba(255,193,7,.45)", color0: "rgba(255,193,7,.45)", borderColor: "#ffc107",
        borderColor0: "#ffc107" } });
  }
  var chart = echarts.init(box, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: "axis",
      formatter: function (items) {
        var i = items[0].dataIndex;
        var lines = [data.years[i]];
        [["actual", data.actual], ["target", data.target], ["baseline", data.baseline],
          ["trajectory", data.trajectory], ["projected", data.projected]].forEach(function (pair) {
          if (pair[1][i] !== null) {
            lines.push(data.labels[pair[0]] + ": " + show(pair[1][i]));
          }
        });
        if (data.low[i] !== null) {
          lines.push(data.labels.band + ": " + show(data.low[i]) + " – " + show(data.high[i]));
        }
        return lines.join("<br>");
      }
    },
    legend: { top: 0, data: [data.labels.actual, data.labels.target, data.labels.baseline, data.labels.trajectory,
      data.labels.projected, { name: data.labels.band, icon: "rect", itemStyle: { color: "#ffc107", opacity: 0.6 } }] },
    grid: { left: 8, right: 16, bottom: 8, top: 48, containLabel: true },
    xAxis: { type: "category", data: data.years, boundaryGap: false },
    yAxis: { type: "value", scale: true, axisLabel: { formatter: function (v) { return format.format(v); } } },
    series: series
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
