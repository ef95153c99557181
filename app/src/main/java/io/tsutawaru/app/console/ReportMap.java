package io.tsutawaru.app.console;

import java.util.List;
import java.util.Locale;

import io.tsutawaru.bot.Report;

/**
 * Where reports are, drawn by the console itself as an SVG plot instead of on map tiles:
 * the page must work on a city office's closed network and in tests without reaching any
 * outside server, and no tile server learns which places staff look at (places that are
 * often residents' homes). The plot spans the reports' own bounds (a little more, so no
 * marker sits on the edge), with north up and distances kept by scaling longitude with
 * the cosine of the latitude; each marker links to its report.
 *
 * @param markers one per located report
 * @param width the drawing's width in SVG units
 * @param height the drawing's height
 * @param bounds the bounds shown, south-west to north-east, for the caption
 */
record ReportMap(List<Marker> markers, int width, int height, Bounds bounds) {

	static final int WIDTH = 640;

	/**
	 * The smallest span shown, in degrees (about 1 km): a single report is not drawn on a
	 * pinhead's scale.
	 */
	private static final double MIN_SPAN = 0.01;

	/**
	 * @param report the report
	 * @param x the marker's position from the left
	 * @param y the marker's position from the top
	 */
	record Marker(Report report, String x, String y) {
	}

	/** South, west, north and east in degrees. */
	record Bounds(double south, double west, double north, double east) {

		public String describe() {
			return String.format(Locale.ROOT, "%.4f, %.4f – %.4f, %.4f", south, west, north, east);
		}

	}

	static ReportMap of(List<Report> reports) {
		List<Report> located = reports.stream().filter(Report::located).toList();
		if (located.isEmpty()) {
			return new ReportMap(List.of(), WIDTH, WIDTH / 2, null);
		}
		Bounds bounds = bounds(located);
		double midLatitude = Math.toRadians((bounds.south() + bounds.north()) / 2);
		double spanX = (bounds.east() - bounds.west()) * Math.cos(midLatitude);
		double spanY = bounds.north() - bounds.south();
		int height = (int) Math.round(Math.clamp(WIDTH * spanY / spanX, WIDTH / 4.0, WIDTH * 1.5));
		List<Marker> markers = located.stream().map(report -> {
			double x = (report.longitude() - bounds.west()) / (bounds.east() - bounds.west()) * WIDTH;
			double y = (bounds.north() - report.latitude()) / (bounds.north() - bounds.south()) * height;
			return new Marker(report, coordinate(x), coordinate(y));
		}).toList();
		return new ReportMap(markers, WIDTH, height, bounds);
	}

	private static Bounds bounds(List<Report> located) {
		double south = located.stream().mapToDouble(Report::latitude).min().orElseThrow();
		double north = located.stream().mapToDouble(Report::latitude).max().orElseThrow();
		double west = located.stream().mapToDouble(Report::longitude).min().orElseThrow();
		double east = located.stream().mapToDouble(Report::longitude).max().orElseThrow();
		double padLatitude = Math.max(MIN_SPAN, north - south) * 0.1 + Math.max(0, MIN_SPAN - (north - south)) / 2;
		double padLongitude = Math.max(MIN_SPAN, east - west) * 0.1 + Math.max(0, MIN_SPAN - (east - west)) / 2;
		return new Bounds(south - padLatitude, west - padLongitude, north + padLatitude, east + padLongitude);
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
