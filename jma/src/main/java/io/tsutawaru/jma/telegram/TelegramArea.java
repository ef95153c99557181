package io.tsutawaru.jma.telegram;

/**
 * One area a telegram names, with its level: an area may appear once per warning kind
 * (大雨警報 and 洪水注意報 of the same town are two entries).
 *
 * @param codeType JMA's code table, e.g. 地震情報／細分区域, 気象・地震・火山情報／市町村等, 津波予報区
 * @param code the area's JMA code in that table
 * @param name the area's name as the telegram gives it
 * @param level the level in the area (for a lifted warning: the level that was lifted)
 * @param status issued, continued or lifted
 */
public record TelegramArea(String codeType, String code, String name, Level level, AreaStatus status) {

	/** True when the level holds in the area (issued or continued, not lifted). */
	public boolean inForce() {
		return status != AreaStatus.LIFTED;
	}

}
