package io.tsutawaru.shelters;

/** How full an open shelter is, as staff on site report it. */
public enum Crowding {

	/** 空き: room for more. */
	VACANT,
	/** 混雑: crowded, still taking people. */
	CROWDED,
	/** 満員: full; residents are sent elsewhere. */
	FULL

}
