package dev.chit.adapters.persistence;

import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.photo.ItemPhoto;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.photo.PhotoSize;
import dev.chit.domain.photo.Picture;
import dev.chit.domain.photo.PixelSize;
import dev.chit.domain.photo.Renditions;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

abstract class PhotosContract extends ContractBase {

    private static final Random RANDOM = new Random();

    @Test
    void anAttachedPhoto_readsBackInBothSizes_andIsOnItsRestaurantsList() {
        var kitchen = given().kitchen();
        MenuItemId cola = kitchen.item("Cola").id();
        ItemPhoto photo = photo();

        database().photos().attach(kitchen.id(), cola, photo);

        Picture large = database().photos().find(photo.hash(), PhotoSize.LARGE).orElseThrow();
        assertThat(large.bytes()).isEqualTo(photo.renditions().large().bytes());
        assertThat(large.size()).isEqualTo(new PixelSize(1200, 800));
        assertThat(large.mediaType()).isEqualTo("image/jpeg");
        Picture thumbnail = database().photos().find(photo.hash(), PhotoSize.THUMBNAIL).orElseThrow();
        assertThat(thumbnail.bytes()).isEqualTo(photo.renditions().thumbnail().bytes());
        assertThat(database().photos().ofRestaurant(kitchen.id())).isEqualTo(Map.of(cola, photo.hash()));
    }

    @Test
    void aNewPhoto_replacesTheOld_whichIsDeletedUnlessAnotherItemShowsIt() {
        var kitchen = given().kitchen();
        MenuItemId cola = kitchen.item("Cola").id();
        MenuItemId fries = kitchen.item("Fries").id();
        ItemPhoto first = photo();
        ItemPhoto second = photo();
        database().photos().attach(kitchen.id(), cola, first);
        database().photos().attach(kitchen.id(), fries, first);

        database().photos().attach(kitchen.id(), cola, second);
        assertThat(database().photos().find(first.hash(), PhotoSize.LARGE)).isPresent();

        database().photos().attach(kitchen.id(), fries, second);
        assertThat(database().photos().find(first.hash(), PhotoSize.LARGE)).isEmpty();
        assertThat(database().photos().ofRestaurant(kitchen.id())).isEqualTo(Map.of(cola, second.hash(),
                fries, second.hash()));
    }

    @Test
    void detaching_deletesAnUnsharedPhoto_andSaysWhetherThereWasOne() {
        var kitchen = given().kitchen();
        MenuItemId cola = kitchen.item("Cola").id();
        ItemPhoto photo = photo();
        database().photos().attach(kitchen.id(), cola, photo);

        assertThat(database().photos().detach(kitchen.id(), cola)).isTrue();
        assertThat(database().photos().detach(kitchen.id(), cola)).isFalse();
        assertThat(database().photos().find(photo.hash(), PhotoSize.THUMBNAIL)).isEmpty();
        assertThat(database().photos().ofRestaurant(kitchen.id())).isEmpty();
    }

    @Test
    void anotherRestaurant_cannotDetachItsPhoto() {
        var kitchen = given().kitchen();
        var other = given().kitchen();
        MenuItemId cola = kitchen.item("Cola").id();
        database().photos().attach(kitchen.id(), cola, photo());

        assertThat(database().photos().detach(other.id(), cola)).isFalse();
        assertThat(database().photos().ofRestaurant(kitchen.id())).containsKey(cola);
    }

    private static ItemPhoto photo() {
        byte[] large = new byte[2048];
        RANDOM.nextBytes(large);
        byte[] thumbnail = new byte[512];
        RANDOM.nextBytes(thumbnail);
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        return new ItemPhoto(new PhotoHash(HexFormat.of().formatHex(hash)), new Renditions(
                new Picture("image/jpeg", new PixelSize(1200, 800), large),
                new Picture("image/jpeg", new PixelSize(400, 267), thumbnail)));
    }
}
