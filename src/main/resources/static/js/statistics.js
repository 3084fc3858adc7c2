// Draws the statistics chart (ECharts) from the data-chart attribute; the table above works without it.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("stats-chart");
  if (!box || typeof echarts === "undefined") {
    return;
  }
  var data = JSON.parse(box.dataset.chart);
  if (!data.units.length) {
    box.hidden = true;
    return;
  }
  var keys = ["completedOnTime", "completedLate", "inProgress", "overdue"];
  var colours = ["#198754", "#ffc107", "#0d6efd", "#dc3545"];
  var chart = echarts.init(box);
  chart.setOption({
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: data.units, inverse: true, axisLabel: { width: 180, overflow: "truncate" } },
    series: keys.map(function (key, i) {
      return { name: data.labels[i], type: "bar", stack: "all", data: data[key], itemStyle: { color: colours[i] } };
    })
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
