package io.tsutawaru.shelters;

/**
 * Which national list a shelter came from. The two lists number their rows independently,
 * so the list is part of a shelter's identity.
 */
public enum ListKind {

	/** 指定緊急避難場所一覧: where to flee from an imminent danger. */
	EVACUATION_SITE,
	/** 指定避難所一覧: where to stay until it is safe to go home. */
	SHELTER

}
