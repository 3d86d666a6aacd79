package vn.govca.db.domain;

/** A provincial unit is a centrally governed city (thành phố) or a province (tỉnh). */
public enum ProvinceKind {
    CITY, PROVINCE
}
