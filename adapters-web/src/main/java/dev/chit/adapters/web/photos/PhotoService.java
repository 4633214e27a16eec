package dev.chit.adapters.web.photos;

import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.security.Callers;
import dev.chit.adapters.web.support.ApiPaths;
import dev.chit.adapters.web.support.JsonResponses;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.adapters.web.support.MethodNotAllowed;
import dev.chit.adapters.web.support.PathIds;
import dev.chit.adapters.web.support.PayloadTooLarge;
import dev.chit.application.photos.ItemPhotos;
import dev.chit.application.photos.ShowPhoto;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.photo.PhotoRules;
import dev.chit.domain.photo.PhotoSize;
import dev.chit.domain.photo.Picture;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * {@code PUT|DELETE /restaurants/{restaurantId}/menu/items/{itemId}/photo} (managers) and
 * {@code GET /photos/{hash}} (anyone; {@code ?w=400} for the thumbnail). A photo's URL names its
 * content, so it never changes under that URL and may be cached for a year.
 */
public final class PhotoService implements HttpService {

    private static final String ITEM_PHOTO = "/restaurants/{restaurantId}/menu/items/{itemId}/photo";
    private static final String PHOTO = "/photos/{hash}";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Header IMMUTABLE = HeaderValues.create(HeaderNames.CACHE_CONTROL,
            "public, max-age=31536000, immutable");

    private final ItemPhotos itemPhotos;
    private final ShowPhoto showPhoto;
    private final Json json;

    public PhotoService(ItemPhotos itemPhotos, ShowPhoto showPhoto, Json json) {
        this.itemPhotos = itemPhotos;
        this.showPhoto = showPhoto;
        this.json = json;
    }

    /** Where the menu and the upload's answer point to: a path under the API, its hash in it. */
    public static String url(PhotoHash hash) {
        return ApiPaths.BASE + "/photos/" + hash.value();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.put(ITEM_PHOTO, this::upload)
                .delete(ITEM_PHOTO, this::remove)
                .any(ITEM_PHOTO, MethodNotAllowed.allowing(Method.PUT, Method.DELETE))
                .get(PHOTO, this::photo)
                .any(PHOTO, MethodNotAllowed.allowing(Method.GET));
    }

    private void upload(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        var itemId = new MenuItemId(PathIds.uuid(req, "itemId", "menu item"));
        String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        PhotoHash hash = itemPhotos.upload(caller, restaurantId, itemId, contentType, body(req));
        JsonResponses.send(res, Status.OK_200, json.write(new PhotoJson(url(hash))));
    }

    private void remove(ServerRequest req, ServerResponse res) {
        var caller = Callers.require(req);
        var restaurantId = new RestaurantId(PathIds.uuid(req, "restaurantId", "restaurant"));
        var itemId = new MenuItemId(PathIds.uuid(req, "itemId", "menu item"));
        itemPhotos.remove(caller, restaurantId, itemId);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void photo(ServerRequest req, ServerResponse res) {
        String value = req.path().pathParameters().get("hash");
        if (!HASH.matcher(value).matches()) {
            throw new NotFound("photo", value);
        }
        PhotoSize size = size(req.query().first("w").asOptional());
        String etag = "\"" + value + (size == PhotoSize.LARGE ? "" : "-" + size.longestSide()) + "\"";
        res.header(IMMUTABLE);
        res.header(HeaderNames.ETAG, etag);
        // A browser that has the photo already gets only the headers.
        Optional<String> known = req.headers().first(HeaderNames.IF_NONE_MATCH);
        Picture picture = showPhoto.of(new PhotoHash(value), size);
        if (known.isPresent() && matches(known.get(), etag)) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, picture.mediaType());
        res.status(Status.OK_200).send(picture.bytes());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static PhotoSize size(Optional<String> width) {
        if (width.isEmpty()) {
            return PhotoSize.LARGE;
        }
        for (PhotoSize size : PhotoSize.values()) {
            if (width.get().equals(Integer.toString(size.longestSide()))) {
                return size;
            }
        }
        throw new MalformedParameter("w", "invalid-value", "w is 400 (the thumbnail) or left out (the large photo)");
    }

    /** The upload, refused with a 413 as soon as it is known to be too large; never read beyond the limit. */
    private static byte[] body(ServerRequest req) {
        OptionalLong declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > PhotoRules.MAX_BYTES) {
            throw new PayloadTooLarge(PhotoRules.MAX_BYTES);
        }
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try {
            // Not closed here: closing would drain the rest of an oversized body, which the 413 leaves unread.
            InputStream in = req.content().inputStream();
            byte[] body = in.readNBytes(PhotoRules.MAX_BYTES + 1);
            if (body.length > PhotoRules.MAX_BYTES) {
                throw new PayloadTooLarge(PhotoRules.MAX_BYTES);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("the photo could not be read", e);
        }
    }

    record PhotoJson(String photoUrl) {
    }
}
