package dev.chit.bootstrap;

import dev.chit.application.access.Caller;
import dev.chit.application.photos.ItemPhotos;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Photos for a few of the demo's items, drawn here at start-up (nothing downloaded, no files
 * shipped) and uploaded through the same use case a manager's upload goes through.
 */
final class DemoPhotos {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1200;

    private DemoPhotos() {
    }

    static void attach(ItemPhotos itemPhotos) {
        Caller manager = new Caller(new UserId(DemoData.id(900)), DemoData.MANAGER_EMAIL, "Dana Demo", false,
                List.of(new Membership(DemoData.RESTAURANT, Role.MANAGER)));
        upload(itemPhotos, manager, 101, DemoPhotos::burger);
        upload(itemPhotos, manager, 201, DemoPhotos::fries);
        upload(itemPhotos, manager, 301, DemoPhotos::lemonade);
        upload(itemPhotos, manager, 401, DemoPhotos::shake);
    }

    private static void upload(ItemPhotos itemPhotos, Caller manager, int item, Consumer<Graphics2D> food) {
        itemPhotos.upload(manager, DemoData.RESTAURANT, new MenuItemId(DemoData.id(item)), "image/png", png(food));
    }

    private static byte[] png(Consumer<Graphics2D> food) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // A wooden table and a plate under every dish.
            g.setPaint(new GradientPaint(0, 0, new Color(0x8d5a3b), WIDTH, HEIGHT, new Color(0x5e3823)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0, 0, 0, 40));
            for (int y = 60; y < HEIGHT; y += 140) {
                g.fillRect(0, y, WIDTH, 6);
            }
            g.setColor(new Color(0xf4f1ea));
            g.fill(new Ellipse2D.Double(300, 150, 1000, 900));
            g.setColor(new Color(0xe2ddd2));
            g.setStroke(new BasicStroke(18));
            g.draw(new Ellipse2D.Double(380, 220, 840, 760));
            food.accept(g);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("a demo photo could not be drawn in memory", e);
        }
        return out.toByteArray();
    }

    private static void burger(Graphics2D g) {
        g.setColor(new Color(0xd9973f));
        g.fill(new Ellipse2D.Double(520, 560, 560, 200));
        g.setColor(new Color(0x4a2a17));
        g.fill(new RoundRectangle2D.Double(500, 500, 600, 90, 60, 60));
        g.setColor(new Color(0xf2c230));
        g.fill(new RoundRectangle2D.Double(490, 470, 620, 40, 20, 20));
        g.setColor(new Color(0x5fa83a));
        g.fill(new RoundRectangle2D.Double(480, 440, 640, 40, 30, 30));
        g.setColor(new Color(0xe39b45));
        g.fill(new Ellipse2D.Double(510, 250, 580, 330));
        g.setColor(new Color(0xfff3d6));
        for (int i = 0; i < 9; i++) {
            g.fill(new Ellipse2D.Double(600 + (i % 5) * 90, 320 + (i / 5) * 60, 18, 30));
        }
    }

    private static void fries(Graphics2D g) {
        g.setColor(new Color(0xf6c94c));
        for (int i = 0; i < 14; i++) {
            g.fill(new RoundRectangle2D.Double(560 + i * 34, 330 + (i % 3) * 40, 30, 300, 8, 8));
        }
        g.setColor(new Color(0xc0392b));
        Path2D cone = new Path2D.Double();
        cone.moveTo(520, 560);
        cone.lineTo(1080, 560);
        cone.lineTo(1000, 900);
        cone.lineTo(600, 900);
        cone.closePath();
        g.fill(cone);
    }

    private static void lemonade(Graphics2D g) {
        g.setColor(new Color(0xfbe88a));
        g.fill(new RoundRectangle2D.Double(640, 330, 320, 520, 40, 40));
        g.setColor(new Color(255, 255, 255, 120));
        g.fill(new RoundRectangle2D.Double(660, 350, 60, 480, 30, 30));
        g.setColor(new Color(0xf1d32a));
        g.fill(new Ellipse2D.Double(880, 260, 180, 180));
        g.setColor(new Color(0xfdf6c3));
        g.fill(new Ellipse2D.Double(905, 285, 130, 130));
    }

    private static void shake(Graphics2D g) {
        g.setColor(new Color(0xcfa67a));
        Path2D glass = new Path2D.Double();
        glass.moveTo(620, 420);
        glass.lineTo(980, 420);
        glass.lineTo(920, 880);
        glass.lineTo(680, 880);
        glass.closePath();
        g.fill(glass);
        g.setColor(new Color(0xfffaf0));
        g.fill(new Ellipse2D.Double(600, 300, 400, 200));
        g.setColor(new Color(0x9c5a1c));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(660, 330, 280, 120, 0, 180);
    }
}
