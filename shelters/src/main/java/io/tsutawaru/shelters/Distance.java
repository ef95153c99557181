package io.tsutawaru.shelters;

/**
 * Distances on the earth's surface (haversine on a sphere: within 0.5 % of the ellipsoid,
 * plenty for walking).
 */
final class Distance {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private Distance() {
	}

	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
